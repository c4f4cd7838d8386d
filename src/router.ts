import { createRouter, createWebHashHistory } from 'vue-router'
import StartView from './views/StartView.vue'
import { loadMessages } from './i18n/parts'

/**
 * Hash history: the built app is a static page that must work from any folder of any plain web server,
 * which cannot rewrite deep links to index.html.
 */
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', name: 'start', component: StartView },
    {
      path: '/journey/:id/step/:stepId',
      name: 'step',
      // The method texts come with the wizard, not with the first load.
      component: () =>
        Promise.all([import('./wizard/WizardView.vue'), loadMessages('steps')]).then(([view]) => view),
      props: true,
    },
    { path: '/journey/:id/map', name: 'map', component: () => import('./map/MapView.vue'), props: true },
    { path: '/:pathMatch(.*)*', redirect: '/' },
  ],
})
